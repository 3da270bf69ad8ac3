package dev.readout.agreement;

public enum AgreementStatus {

	AGREED, IN_PROGRESS, IMPLEMENTED, STALLED,
	/**
	 * A proposal one side turned down, kept on the record as a commitment that was not
	 * made.
	 */
	DECLINED

}
