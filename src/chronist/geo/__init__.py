"""Places: toponym recognition, GeoNames resolution and event locations (issue 6)."""

from chronist.geo.countries import capital_country, country_code, country_name

__all__ = ["capital_country", "country_code", "country_name"]
