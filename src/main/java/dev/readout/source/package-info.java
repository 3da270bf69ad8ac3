/**
 * Sources: where every fact on the record comes from. A copy of an article points at the
 * original and is cited under the original's number, so one article reproduced twice is
 * never counted as two reports.
 */
package dev.readout.source;
