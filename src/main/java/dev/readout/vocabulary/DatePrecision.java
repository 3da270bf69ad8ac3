package dev.readout.vocabulary;

/**
 * How much of a date is known: analysts often know only the month, or only the year, of a
 * contact.
 */
public enum DatePrecision {

	DAY, MONTH, YEAR

}
