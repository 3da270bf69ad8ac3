package dev.readout.agreement;

public enum AgreementStatus {

	/** An invitation or offer that the other side has not accepted (yet). */
	PROPOSED,

	AGREED, IN_PROGRESS, IMPLEMENTED, STALLED,
	/**
	 * A proposal one side turned down, kept on the record as a commitment that was not
	 * made.
	 */
	DECLINED

}
