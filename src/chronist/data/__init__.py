"""Package data: dictionaries compiled by tools/build_dictionaries.py, models, examples."""
