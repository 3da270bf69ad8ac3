/**
 * Exports for people who will not open Readout: meeting and visit summaries as PDFs laid
 * out for paper, and the timeline as CSV, JSON and an iCalendar feed.
 */
package dev.readout.export;
