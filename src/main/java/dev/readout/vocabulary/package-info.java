/**
 * The record's shared vocabulary, which every feature may use: sides and countries, dates
 * known to a day, a month or a year, durations and topics.
 */
package dev.readout.vocabulary;
