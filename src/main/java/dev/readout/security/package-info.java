/**
 * The security rules for every page and the API, and where sessions are kept.
 */
package dev.readout.security;
