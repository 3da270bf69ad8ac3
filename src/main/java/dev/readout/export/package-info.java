/**
 * Exports for people who will not open Readout: the meeting summary as a PDF laid out for
 * paper, with fonts that carry Chinese names, numbered citations and a source list.
 */
package dev.readout.export;
