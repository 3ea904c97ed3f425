"use strict";
module.exports = ["dossier.csv.hbs","dossier.html.hbs","dossier.md.hbs","gap.csv.hbs","gap.html.hbs","gap.md.hbs","mapping.csv.hbs","mapping.html.hbs","mapping.md.hbs"];
