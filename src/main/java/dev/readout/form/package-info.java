/**
 * Form plumbing: how typed text becomes values for the record and back, field rules for
 * dates, whose claim a fact is, the one answer when someone else saved meanwhile, and the
 * refusal of values that cannot be read.
 */
package dev.readout.form;
