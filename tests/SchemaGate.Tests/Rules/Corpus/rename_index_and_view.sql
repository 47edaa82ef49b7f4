-- expect: none
ALTER INDEX alerts_level_idx RENAME TO alerts_severity_idx;
ALTER VIEW open_alerts RENAME TO active_alerts;
