"""Actors and recipients: roles from the dependency parse, resolution to country, sector and a
canonical name, within-article coreference."""

from chronist.actors._resolve import ActorResolver, ArticleContext, dictionary_code, split_code
from chronist.actors._roles import phrase_tokens, role_heads

__all__ = ["ActorResolver", "ArticleContext", "dictionary_code", "phrase_tokens", "role_heads",
           "split_code"]
