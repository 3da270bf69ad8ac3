/**
 * The record archive: the whole record as one JSON document, and loading it into a new
 * installation as an import or a restore from backup.
 */
package dev.readout.backup;
