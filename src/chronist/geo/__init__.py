"""Places: toponym recognition, GeoNames resolution and event locations (issue 6).

Public interface::

    from chronist.geo import Place, Geocoder, get_geocoder, event_location, article_focus
    from chronist.geo import country_code, capital_country, country_name
"""

from chronist.geo.countries import capital_country, country_code, country_name
from chronist.geo.geocoder import Geocoder, Place, get_geocoder
from chronist.geo.location import article_focus, event_location

__all__ = [
    "Geocoder",
    "Place",
    "article_focus",
    "capital_country",
    "country_code",
    "country_name",
    "event_location",
    "get_geocoder",
]
