/**
 * The embedded PostgreSQL that runs when no database server is configured, and what the
 * application does while the database cannot be reached.
 */
package dev.readout.database;
