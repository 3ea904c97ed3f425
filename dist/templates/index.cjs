"use strict";
module.exports = {
  "dossier.csv.hbs": [
    "dossier.csv.hbs"
  ],
  "dossier.html.hbs": [
    "dossier.html.hbs",
    "partials/colophon.hbs",
    "partials/document-control.hbs",
    "partials/html-head.hbs",
    "partials/mark-class.hbs",
    "partials/organisation-facts.hbs",
    "partials/report-cover.hbs",
    "partials/verdict-box.hbs"
  ],
  "dossier.md.hbs": [
    "dossier.md.hbs",
    "partials/md-footer.hbs",
    "partials/md-header.hbs",
    "partials/md-verdict.hbs"
  ],
  "gap.csv.hbs": [
    "gap.csv.hbs"
  ],
  "gap.html.hbs": [
    "gap.html.hbs",
    "partials/chart.hbs",
    "partials/colophon.hbs",
    "partials/document-control.hbs",
    "partials/html-head.hbs",
    "partials/organisation-facts.hbs",
    "partials/report-cover.hbs",
    "partials/verdict-box.hbs"
  ],
  "gap.md.hbs": [
    "gap.md.hbs",
    "partials/md-footer.hbs",
    "partials/md-header.hbs",
    "partials/md-verdict.hbs"
  ],
  "mapping.csv.hbs": [
    "mapping.csv.hbs"
  ],
  "mapping.html.hbs": [
    "mapping.html.hbs",
    "partials/colophon.hbs",
    "partials/document-control.hbs",
    "partials/html-head.hbs",
    "partials/kind-label.hbs",
    "partials/organisation-facts.hbs",
    "partials/report-cover.hbs"
  ],
  "mapping.md.hbs": [
    "mapping.md.hbs",
    "partials/kind-label.hbs",
    "partials/md-footer.hbs",
    "partials/md-header.hbs"
  ]
};
