import datetime
from decimal import Decimal

import pytest

from studio.values.errors import ValueProblem
from studio.values.fields import Field, FieldKind
from studio.values.money import Money
from studio.values.parsing import Parsed, parse_value

K = FieldKind


def value(kind, raw, **options):
    options.setdefault("name", "f")
    return parse_value(Field(kind=kind, **options), raw)


def problem(kind, raw, **options) -> str:
    with pytest.raises(ValueProblem) as caught:
        value(kind, raw, **options)
    return caught.value.message


class TestEmpty:
    @pytest.mark.parametrize("raw", [None, "", "  ", "\t\n", "\u00a0"])
    def test_required(self, raw):
        assert problem(K.TEXT, raw) == "a value is required"

    def test_optional_without_fallback(self):
        assert value(K.MONEY, None, required=False, currency="EUR") == Parsed(None)

    def test_optional_uses_the_parsed_fallback(self):
        parsed = value(K.MONEY, " ", required=False, currency="EUR", fallback="0,00")
        assert parsed == Parsed(Money(Decimal("0"), "EUR"))

    def test_bad_fallback(self):
        assert problem(K.INTEGER, None, required=False, fallback="veel") == (
            "the fallback is not valid: 'veel' is not a number"
        )


class TestText:
    def test_strips_and_collapses_whitespace(self):
        assert value(K.TEXT, "  Straat \t 12\n\nA  ").value == "Straat 12 A"
        assert value(K.TEXT, "a\u00a0\u00a0b").value == "a b"

    def test_lengths_count_characters_after_trimming(self):
        assert value(K.TEXT, "  abcde  ", max_length=5).value == "abcde"
        assert problem(K.TEXT, "abcdef", max_length=5) == (
            "'abcdef' is 6 characters; at most 5 are allowed"
        )
        assert problem(K.TEXT, "a", min_length=2) == (
            "'a' is 1 character; at least 2 are needed"
        )

    def test_refuses_control_characters(self):
        assert problem(K.TEXT, "a\x07b") == (
            "'a\\u0007b' contains a control character (U+0007); "
            "control characters are not allowed"
        )
        assert "U+0085" in problem(K.TEXT, "a\x85b")
        assert "U+001F" in problem(K.TEXT, "a\x1fb")

    def test_refuses_formulas(self):
        assert problem(K.TEXT, '=HYPERLINK("x")') == (
            "'=HYPERLINK(\"x\")' looks like a formula; formulas are never evaluated"
        )
        assert problem(K.TEXT, "  =1+1") == (
            "'=1+1' looks like a formula; formulas are never evaluated"
        )

    def test_numbers_become_text(self):
        assert value(K.TEXT, 12).value == "12"
        assert value(K.TEXT, 12.0).value == "12"
        assert value(K.TEXT, 12.5).value == "12.5"
        assert problem(K.TEXT, True) == "'True' is a yes/no value, not text"


class TestPersonName:
    def test_accepts_names(self):
        assert value(K.PERSON_NAME, " Jan  de Vries ").value == "Jan de Vries"
        assert value(K.PERSON_NAME, "محمد العلي").value == "محمد العلي"
        assert value(K.PERSON_NAME, "O'Brien-Smit").value == "O'Brien-Smit"

    def test_keeps_zero_width_joiners(self):
        name = "می\u200cخواهم \u200d"
        assert value(K.PERSON_NAME, name).value == name.strip()

    @pytest.mark.parametrize("markup", ["<", ">"])
    def test_refuses_markup(self, markup):
        assert problem(K.PERSON_NAME, f"Jan {markup}b") == (
            f"'Jan {markup}b' contains '{markup}'; a name cannot contain < or >"
        )

    @pytest.mark.parametrize("control", ["\u202a", "\u202e", "\u2066", "\u2069"])
    def test_refuses_direction_controls(self, control):
        code = f"{ord(control):04X}"
        assert problem(K.PERSON_NAME, f"Jan{control}Smit") == (
            f"'Jan\\u{code.lower()}Smit' contains an invisible direction control "
            f"(U+{code}); these can disguise a name and are not allowed"
        )

    def test_refuses_names_without_letters(self):
        assert problem(K.PERSON_NAME, "12 34") == (
            "'12 34' has no letters; a name needs at least one letter"
        )
        assert problem(K.PERSON_NAME, "-") == (
            "'-' has no letters; a name needs at least one letter"
        )


class TestMoney:
    def test_value_is_money(self):
        parsed = value(K.MONEY, "€ 1.234,56", currency="EUR")
        assert parsed == Parsed(Money(Decimal("1234.56"), "EUR"))

    def test_bounds(self):
        options = {"currency": "EUR", "minimum": Decimal("0.01")}
        options["maximum"] = Decimal("10000")
        assert problem(K.MONEY, "0", **options) == (
            "'0' is less than the minimum of EUR 0.01"
        )
        assert problem(K.MONEY, "-12,50", **options) == (
            "'-12,50' is less than the minimum of EUR 0.01"
        )
        assert problem(K.MONEY, 10000.01, **options) == (
            "'10000.01' is more than the maximum of EUR 10000"
        )

    def test_negative_without_bounds(self):
        assert value(K.MONEY, "(5,00)", currency="EUR").value.amount == Decimal("-5")


class TestDate:
    @pytest.mark.parametrize(
        "raw",
        [
            "2026-12-20",
            "20-12-2026",
            "20/12/2026",
            "20.12.2026",
            "20-12-2026 ",
            "2026-12-20 00:00:00",
            "2026-12-20T00:00",
        ],
    )
    def test_text(self, raw):
        assert value(K.DATE, raw) == Parsed(datetime.date(2026, 12, 20))

    def test_single_digit_day_and_month(self):
        assert value(K.DATE, "1-2-2026").value == datetime.date(2026, 2, 1)

    def test_cells(self):
        assert value(K.DATE, datetime.date(2026, 12, 20)).value == datetime.date(
            2026, 12, 20
        )
        midnight = datetime.datetime(2026, 12, 20)
        assert value(K.DATE, midnight) == Parsed(datetime.date(2026, 12, 20))

    def test_time_is_ignored_with_a_warning(self):
        parsed = value(K.DATE, datetime.datetime(2026, 12, 20, 14, 30))
        assert parsed.warnings == ("the time 14:30 is ignored; only the date is used",)
        assert value(K.DATE, "2026-12-20 09:05").warnings == (
            "the time 09:05 is ignored; only the date is used",
        )

    def test_excel_serial_with_a_warning(self):
        assert value(K.DATE, 46376) == Parsed(
            datetime.date(2026, 12, 20),
            ("the number 46376 was read as an Excel date: 2026-12-20",),
        )
        assert value(K.DATE, 46376.75).warnings[1] == (
            "the time of day in the number is ignored"
        )
        assert value(K.DATE, 1).value == datetime.date(1900, 1, 1)
        assert value(K.DATE, 61).value == datetime.date(1900, 3, 1)
        assert problem(K.DATE, 60) == (
            "'60' is 29 February 1900 in Excel, a day that never existed"
        )
        assert problem(K.DATE, 0) == "'0' is not a date: it is outside Excel's dates"

    def test_month_first_is_refused(self):
        assert problem(K.DATE, "12/20/2026") == (
            "'12/20/2026' is not a date: dates are read day-first (day-month-year) "
            "and there is no month 20"
        )

    def test_two_digit_years_are_refused(self):
        assert problem(K.DATE, "20-12-26") == (
            "'20-12-26' has a two-digit year; write the year in full, as in 20-12-2026"
        )

    def test_impossible_dates(self):
        assert problem(K.DATE, "31-02-2026") == (
            "'31-02-2026' is not a date: February 2026 has no day 31"
        )
        assert problem(K.DATE, "29-02-2025") == (
            "'29-02-2025' is not a date: February 2025 has no day 29"
        )
        assert value(K.DATE, "29-02-2028").value == datetime.date(2028, 2, 29)
        assert problem(K.DATE, "2026-13-01") == (
            "'2026-13-01' is not a date: there is no month 13"
        )
        assert problem(K.DATE, "2026-12-20 25:00") == (
            "'2026-12-20 25:00' has a time that does not exist"
        )

    @pytest.mark.parametrize("raw", ["20 december 2026", "20-12/2026", "morgen"])
    def test_other_text(self, raw):
        assert problem(K.DATE, raw) == (
            f"'{raw}' is not a date; write it as day-month-year, as in 20-12-2026, "
            f"or as 2026-12-20"
        )

    def test_booleans(self):
        assert problem(K.DATE, True) == "'True' is a yes/no value, not a date"


class TestInteger:
    @pytest.mark.parametrize(
        ("raw", "expected"),
        [
            (12, 12),
            (12.0, 12),
            ("12", 12),
            (" -3 ", -3),
            (Decimal("7"), 7),
            ("1.000.000", 1000000),
            ("1 000", 1000),
            ("12,0", 12),
        ],
    )
    def test_reads(self, raw, expected):
        parsed = value(K.INTEGER, raw)
        assert parsed.value == expected and type(parsed.value) is int

    def test_thousands_separator_alone_is_ambiguous(self):
        assert problem(K.INTEGER, "1.000").startswith("'1.000' is ambiguous:")

    @pytest.mark.parametrize("raw", [12.5, "12,5", Decimal("0.5")])
    def test_refuses_fractions(self, raw):
        assert problem(K.INTEGER, raw) == f"'{raw}' is not a whole number"

    def test_refuses_others(self):
        assert (
            problem(K.INTEGER, True) == "'True' is a yes/no value, not a whole number"
        )
        assert problem(K.INTEGER, float("nan")) == "'nan' is not a whole number"
        assert problem(K.INTEGER, "twaalf") == "'twaalf' is not a number"

    def test_bounds(self):
        assert problem(K.INTEGER, 13, maximum=12) == (
            "'13' is more than the maximum of 12"
        )
        assert problem(K.INTEGER, "1", minimum=2) == "'1' is less than the minimum of 2"


class TestBoolean:
    @pytest.mark.parametrize(
        "raw", ["ja", "JA", "j", "yes", "Y", "true", "TRUE", "waar", "1", 1, True, 1.0]
    )
    def test_true(self, raw):
        assert value(K.BOOLEAN, raw).value is True

    @pytest.mark.parametrize(
        "raw", ["nee", "Nee", "n", "no", "N", "false", "onwaar", "0", 0, False]
    )
    def test_false(self, raw):
        assert value(K.BOOLEAN, raw).value is False

    @pytest.mark.parametrize("raw", ["misschien", 2, "yes!"])
    def test_refuses(self, raw):
        assert problem(K.BOOLEAN, raw) == (
            f"'{raw}' is not yes or no; use ja/nee, yes/no, true/false, waar/onwaar, "
            f"1/0, j/n or y/n"
        )


class TestChoice:
    CHOICES = ("Betalen", "Regeling", "Hulp")

    def test_returns_the_canonical_spelling(self):
        assert value(K.CHOICE, "regeling", choices=self.CHOICES).value == "Regeling"
        assert value(K.CHOICE, " HULP ", choices=self.CHOICES).value == "Hulp"

    def test_lists_the_choices(self):
        assert problem(K.CHOICE, "Later", choices=self.CHOICES) == (
            "'Later' is not one of the choices: 'Betalen', 'Regeling', 'Hulp'"
        )


class TestPhone:
    @pytest.mark.parametrize(
        "raw",
        [
            "0612345678",
            "06-12345678",
            "06 1234 5678",
            "(06) 12.34.56.78",
            "+31612345678",
            "+31 6 12345678",
            "0031 6 12345678",
            "+31 (0)6 12345678",
        ],
    )
    def test_dutch_mobile(self, raw):
        assert value(K.PHONE, raw) == Parsed("+31612345678")

    def test_landline_and_abroad(self):
        assert value(K.PHONE, "020-1234567").value == "+31201234567"
        assert value(K.PHONE, "+44 20 7946 0958").value == "+442079460958"
        assert value(K.PHONE, "+49 30 1234567").value == "+49301234567"

    def test_other_region(self):
        field = Field("phone", K.PHONE)
        assert parse_value(field, "030 1234567", region="DE").value == "+49301234567"
        with pytest.raises(ValueProblem, match="has no country code"):
            parse_value(field, "612345678", region="ES")

    def test_trunk_zero_after_the_country_code(self):
        assert value(K.PHONE, "+31 06 12345678") == Parsed(
            "+31612345678",
            ("the 0 after +31 was left out: it is not dialled from abroad",),
        )

    def test_number_cell_that_lost_its_zero(self):
        assert value(K.PHONE, 612345678) == Parsed(
            "+31612345678",
            ("read as 0612345678: the spreadsheet dropped the leading 0",),
        )

    def test_refusals(self):
        assert problem(K.PHONE, "06x12345678") == (
            "'06x12345678' contains 'x'; a phone number may only contain digits, "
            "spaces, dashes, dots, parentheses and a leading +"
        )
        assert problem(K.PHONE, "06 123 45+6") == (
            "'06 123 45+6' contains '+'; a phone number may only contain digits, "
            "spaces, dashes, dots, parentheses and a leading +"
        )
        assert problem(K.PHONE, "612345678") == (
            "'612345678' has no country code; write it as +31 6 12345678 "
            "or, for a Dutch number, as 06 12345678"
        )
        assert problem(K.PHONE, "+49 1234") == (
            "'+49 1234' has 6 digits with its country code; a phone number has 8 to 15"
        )
        assert problem(K.PHONE, "+1234567890123456") == (
            "'+1234567890123456' has 16 digits with its country code; "
            "a phone number has 8 to 15"
        )
        assert problem(K.PHONE, "06 1234567") == (
            "'06 1234567' is not a Dutch phone number: those have 10 digits "
            "starting with 0, as in 06 12345678"
        )
        assert problem(K.PHONE, True) == "'True' is not a phone number"


class TestEmail:
    def test_lower_cases_only_the_domain(self):
        assert (
            value(K.EMAIL, " Jan.Smit@Voorbeeld.NL ").value == "Jan.Smit@voorbeeld.nl"
        )

    def test_refusals(self):
        assert problem(K.EMAIL, "jan smit@x.nl") == (
            "'jan smit@x.nl' contains a space; email addresses have none"
        )
        assert problem(K.EMAIL, "jan@@x.nl") == "'jan@@x.nl' must contain exactly one @"
        assert problem(K.EMAIL, "jan.x.nl") == "'jan.x.nl' must contain exactly one @"
        assert problem(K.EMAIL, "@x.nl") == "'@x.nl' has nothing before the @"
        for raw in ("jan@x", "jan@x.", "jan@.nl", "jan@x.n"):
            assert problem(K.EMAIL, raw) == (
                f"'{raw}' needs a dotted domain after the @, as in naam@voorbeeld.nl"
            )
        long = "a" * 250 + "@x.nl"
        assert problem(K.EMAIL, long).endswith(
            "is 255 characters; an email address has at most 254"
        )


class TestUrl:
    def test_https(self):
        assert value(K.URL, "https://betalen.voorbeeld.nl/d/42?t=x") == Parsed(
            "https://betalen.voorbeeld.nl/d/42?t=x"
        )

    def test_http_with_a_warning(self):
        assert value(K.URL, "http://voorbeeld.nl").warnings == (
            "'http://voorbeeld.nl' is not encrypted; prefer https://",
        )

    @pytest.mark.parametrize(
        "raw",
        [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,x",
            "file:///etc/passwd",
            "ftp://x.nl",
            "www.voorbeeld.nl",
        ],
    )
    def test_other_schemes(self, raw):
        assert problem(K.URL, raw) == (
            f"'{raw}' is not allowed: links must start with https://, "
            f"as in https://www.voorbeeld.nl"
        )

    def test_needs_a_host(self):
        for raw in ("https://", "https:voorbeeld.nl", "https:///pad"):
            assert problem(K.URL, raw) == (
                f"'{raw}' has no host; write the link in full, "
                f"as in https://www.voorbeeld.nl"
            )

    def test_refuses_user_names(self):
        assert problem(K.URL, "https://bank.nl@evil.example").startswith(
            "'https://bank.nl@evil.example' has a user name before the host"
        )

    def test_refuses_spaces(self):
        assert problem(K.URL, "https://x.nl/a b") == (
            "'https://x.nl/a b' contains a space; links have none"
        )
