-- expect: SG202@3 SG314@2
ALTER /* what */ TABLE -- which
    alerts /* the big one */ DROP /* gone */
    COLUMN payload;
