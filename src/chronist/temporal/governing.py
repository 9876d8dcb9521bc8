"""Placeholder."""
def governing_timex(trigger, timexes):
    return None
def is_historical(value, dct):
    return False
