"""Cross-document resolution: actors (names, transliterations, acronyms) and events
(reports of one real-world event), built from stored records."""

from newsgraph.resolve.actors import ActorResolution, GlobalActor, resolve_actors

__all__ = ["ActorResolution", "GlobalActor", "resolve_actors"]
