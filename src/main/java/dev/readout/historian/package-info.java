/**
 * The Office of the Historian's official records of contacts: the travels of the
 * Presidents and Secretaries of State and the visits of foreign leaders to the United
 * States, read from the Historian's own files, reconciled with the record, and written
 * back out in the same format.
 */
package dev.readout.historian;
