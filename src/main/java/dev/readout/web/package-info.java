/**
 * Web plumbing: the not-found rule, the error pages and problem documents, the JSON API's
 * paging, dates and If-Match versions, and its OpenAPI description.
 */
package dev.readout.web;
