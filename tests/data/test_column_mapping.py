"""Headers are matched to fields loosely, or as an explicit mapping says."""

import pytest

from studio.data.check import map_columns
from studio.data.tables import DataFileError

HEADERS = ["Customer ID", "first-name", "LAST_NAME", "Amount due", "due_date",
           "Invoice Number", "Opmerking"]  # fmt: skip


def test_loose_matching_and_ignored_columns(fields):
    columns = map_columns(fields, HEADERS)

    assert columns.columns == {
        "customer_id": 0, "first_name": 1, "last_name": 2, "amount_due": 3,
        "due_date": 4, "invoice_number": 5,
    }  # fmt: skip
    assert columns.ignored_headers == ["Opmerking"]
    assert columns.unmapped == ("language", "email")


def test_explicit_mapping_overrides_matching(fields):
    headers = ["Klantnummer", "first_name", "last_name", "Bedrag", "due_date",
               "invoice_number", "amount_due"]  # fmt: skip
    mapping = {"customer_id": "Klantnummer", "amount_due": "Bedrag"}
    columns = map_columns(fields, headers, mapping)

    assert columns.columns["amount_due"] == 3
    assert columns.ignored_headers == ["amount_due"]


def test_missing_required_column(fields):
    with pytest.raises(DataFileError) as caught:
        map_columns(fields, HEADERS[:3] + HEADERS[4:])
    assert str(caught.value) == (
        "column for field 'amount_due' is missing; headers are: 'Customer ID', "
        "'first-name', 'LAST_NAME', 'due_date', 'Invoice Number', 'Opmerking'"
    )


def test_mapping_to_an_unknown_header_or_field(fields):
    with pytest.raises(DataFileError) as header:
        map_columns(fields, HEADERS, {"amount_due": "Bedrag"})
    with pytest.raises(DataFileError) as field:
        map_columns(fields, HEADERS, {"bedrag": "Amount due"})

    assert str(header.value).startswith(
        "the column mapping maps field 'amount_due' to header 'Bedrag', which the "
        "file does not have; headers are: 'Customer ID', "
    )
    assert str(field.value).startswith(
        "the column mapping names field 'bedrag', which the template does not "
        "have; its fields are: 'customer_id', "
    )


def test_two_headers_matching_one_field(fields):
    with pytest.raises(DataFileError) as caught:
        map_columns(fields, HEADERS + ["amount_due"])
    assert str(caught.value) == (
        "headers 'Amount due' and 'amount_due' both match field 'amount_due'; "
        "rename one of them or map the field to a header explicitly"
    )
