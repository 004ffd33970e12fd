"""The benchmark writes a realistic workbook and measures in fresh processes."""

from studio.data.bench import bench_import, make_benchmark_xlsx
from studio.data.check import check_file


def test_benchmark_workbook_mixes_good_and_bad_rows(fields, tmp_path):
    path = make_benchmark_xlsx(tmp_path / "bench.xlsx", rows=200)
    result = check_file(fields, path, row_id_field="customer_id")

    assert len(result.verdicts) == 200
    assert result.counts == {"ok": 196, "warnings": 0, "errors": 4}


def test_bench_import_reports_time_and_peak_memory(fields, tmp_path):
    path = make_benchmark_xlsx(tmp_path / "bench.xlsx", rows=100)
    report = bench_import(path, fields)

    assert set(report) == {"check_file", "openpyxl_read_only"}
    assert report["check_file"]["rows"] == 100
    assert report["openpyxl_read_only"]["rows"] == 100
    assert all(part["peak_rss_mb"] > 10 for part in report.values())
