package dev.readout.audit;

/**
 * A record analysts revise through a form: it has an id for the audit trail and a version
 * that tells whether someone saved it since the form was opened.
 */
public interface EditableRecord {

	Long getId();

	int getVersion();

}
