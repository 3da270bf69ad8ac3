/**
 * Accounts and access: who may read, who may keep the record and who manages accounts;
 * sign-in, passwords, the first admin account and the security rules for every page.
 */
package dev.readout.account;
