/**
 * Accounts: who may read, who may keep the record and who manages accounts; passwords,
 * sign-in throttling, the first admin account and the API tokens analysts create.
 */
package dev.readout.account;
