-- setup: @app
-- expect: SG202@4 SG314@3
ALTER /* what */ TABLE -- which
    alerts /* the big one */ DROP /* gone */
    COLUMN payload;
