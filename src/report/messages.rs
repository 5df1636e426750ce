//! What the human report says around the findings: the verdict, headings, counts. The words
//! are in `locales/<lang>/report.ftl`.

crate::messages! {}
