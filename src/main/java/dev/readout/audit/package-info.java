/**
 * The audit trail: every change to the record, sign-in, failed sign-in and refused
 * request, with who, when (UTC) and the values before and after, behind the History
 * views; and the one way every editor saves a change with its audit line.
 */
package dev.readout.audit;
