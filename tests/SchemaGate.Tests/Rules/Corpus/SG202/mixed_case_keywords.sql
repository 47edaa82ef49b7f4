-- setup: @app
-- expect: SG202 SG314
AlTeR TaBlE Alerts DrOp CoLuMn payload;
