/**
 * Form plumbing: how typed text becomes values for the record and back, field rules for
 * dates, the version an edit started from and the refusal of values that cannot be read.
 */
package dev.readout.form;
