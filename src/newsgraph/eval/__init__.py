"""Evaluation: gold sets written by hand, scorers per stage, reports and the CI floor."""

from newsgraph.eval.gold import GoldArticle, check_gold, load_gold
from newsgraph.eval.scoring import Scores, evaluate_records

__all__ = ["GoldArticle", "Scores", "check_gold", "evaluate_records", "load_gold"]
