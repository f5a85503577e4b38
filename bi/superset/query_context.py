"""Each chart's query context, built from its form data (params) the way Superset's chart
plugins build it in the browser, for the three kinds of chart the bundle uses (time series,
table, big number). Superset keeps a chart's query context beside its form data; its cache
warm-up, thumbnails, alerts and reports (and bi/superset/check_charts.py) run it without a browser.

    python bi/superset/query_context.py --write   # after changing a chart's params
    python bi/superset/query_context.py --check   # exit 1 naming every chart whose query context is stale

Standard library and PyYAML only: it runs in Superset's environment or any other.
"""
import json
import re
import sys
from pathlib import Path

import yaml

CHARTS = Path(__file__).resolve().parent / "bundle" / "charts"
TIMESERIES = ("echarts_timeseries_line", "echarts_timeseries_bar", "echarts_area")


def metric_label(metric):
    return metric if isinstance(metric, str) else metric.get("label") or metric["sqlExpression"]


def filters(params):
    """Simple ad-hoc filters become query filters; a time range of "No filter" is kept as Superset keeps it."""
    out = []
    for adhoc in params.get("adhoc_filters", []):
        if adhoc.get("expressionType") != "SIMPLE" or adhoc.get("clause") != "WHERE":
            raise ValueError(f"only simple WHERE filters are supported, not {adhoc}")
        out.append({"col": adhoc["subject"], "op": adhoc["operator"], "val": adhoc["comparator"]})
    return out


def order_by(params, metrics):
    if params.get("query_mode") == "raw":
        return [json.loads(item) for item in params.get("order_by_cols", [])]
    return [[metrics[0], not params.get("order_desc", True)]] if metrics else []


def query(params):
    metrics = params.get("metrics") or ([params["metric"]] if params.get("metric") else [])
    base = {
        "filters": filters(params),
        "extras": {"having": "", "where": ""},
        "applied_time_extras": {},
        "columns": [],
        "metrics": metrics,
        "orderby": order_by(params, metrics),
        "annotation_layers": [],
        "row_limit": params.get("row_limit", 10000),
        "series_limit": 0,
        "order_desc": params.get("order_desc", True),
        "url_params": {},
        "custom_params": {},
        "custom_form_data": {},
        "post_processing": [],
    }
    viz = params["viz_type"]
    if viz in TIMESERIES:
        x_axis = params["x_axis"]
        groupby = params.get("groupby", [])
        base["extras"]["time_grain_sqla"] = params["time_grain_sqla"]
        base["columns"] = [{"timeGrain": params["time_grain_sqla"], "columnType": "BASE_AXIS",
                            "sqlExpression": x_axis, "label": x_axis, "expressionType": "SQL"}] + groupby
        base["series_columns"] = groupby
        base["time_offsets"] = []
        labels = [metric_label(m) for m in metrics]
        base["post_processing"] = [
            {"operation": "pivot", "options": {"index": [x_axis], "columns": groupby,
                                               "aggregates": {label: {"operator": "mean"} for label in labels},
                                               "drop_missing_columns": not params.get("show_empty_columns", True)}},
        ]
        if len(labels) == 1 and groupby and params.get("truncate_metric", True):
            base["post_processing"].append({"operation": "rename", "options": {
                "columns": {labels[0]: None}, "level": 0, "inplace": True}})
        base["post_processing"].append({"operation": "flatten"})
    elif viz == "table":
        if params.get("query_mode") == "raw":
            base["columns"] = params["all_columns"]
            base["metrics"] = []
        else:
            base["columns"] = params.get("groupby", [])
    elif viz == "big_number_total":
        pass
    else:
        raise ValueError(f"no query building for viz_type {viz}")
    return base


def query_context(params):
    return {"datasource": {"id": 0, "type": "table"}, "force": False, "queries": [query(params)],
            "form_data": params, "result_format": "json", "result_type": "full"}


def encoded(params):
    return json.dumps(query_context(params), sort_keys=True, separators=(",", ":"))


LINE = re.compile(r"^query_context: .*$", re.MULTILINE)


def main(mode):
    stale = []
    for path in sorted(CHARTS.glob("*.yaml")):
        text = path.read_text()
        chart = yaml.safe_load(text)
        wanted = encoded(chart["params"])
        if chart.get("query_context") == wanted:
            continue
        if mode == "--check":
            stale.append(chart["slice_name"])
            continue
        line = "query_context: " + json.dumps(wanted)  # a JSON string is a valid YAML double-quoted scalar
        path.write_text(LINE.sub(lambda _: line, text, count=1))
        print(f"wrote the query context of {chart['slice_name']}")
    if stale:
        print("stale query context (run bi/superset/query_context.py --write): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in ("--write", "--check"):
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
