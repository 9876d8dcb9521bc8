"""Actors and recipients: roles from the dependency parse, resolution to country, sector and a
canonical name, within-article coreference."""

from chronist.actors._resolve import ActorResolver, ArticleContext, dictionary_code, split_code
from chronist.actors._roles import actor_like, casualty_count, phrase_tokens, role_heads
from chronist.actors.tagger import ActorTagger, get_actor_tagger
from chronist.actors.tagger_scoring import score_spans

__all__ = ["ActorResolver", "actor_like", "ActorTagger", "ArticleContext", "dictionary_code", "get_actor_tagger",
           "casualty_count", "phrase_tokens", "role_heads", "score_spans", "split_code"]
