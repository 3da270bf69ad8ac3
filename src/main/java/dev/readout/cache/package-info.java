/**
 * What is kept while the record is unchanged: rendered pages, facet counts, searches and
 * PDFs worked out from the record, renewed when the record changes.
 */
package dev.readout.cache;
