/**
 * Web plumbing: the not-found rule (with what was typed into a form whose record is
 * gone), the error pages and problem documents, the JSON API's paging, dates and If-Match
 * versions, and its OpenAPI description.
 */
package dev.readout.web;
