/**
 * What every feature shares: the embedded PostgreSQL that runs when no database is
 * configured, dates with their precision, country names and flags, and the not-found rule
 * that turns a missing record into a 404 page.
 */
package dev.readout.system;
