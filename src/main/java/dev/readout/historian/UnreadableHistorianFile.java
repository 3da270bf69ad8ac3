package dev.readout.historian;

/**
 * A file that is not one of the Historian's travel or visit files, or breaks their
 * schema: the import is refused with where and why, and nothing is imported. The reason
 * is a message code, with the detail as its argument.
 */
class UnreadableHistorianFile extends RuntimeException {

	private final String fileName;

	private final int line;

	private final String reason;

	private final String detail;

	UnreadableHistorianFile(String fileName, int line, String reason, String detail) {
		super(fileName + ":" + line + ": " + reason + " (" + detail + ")");
		this.fileName = fileName;
		this.line = line;
		this.reason = reason;
		this.detail = detail;
	}

	String fileName() {
		return this.fileName;
	}

	int line() {
		return this.line;
	}

	String reason() {
		return this.reason;
	}

	String detail() {
		return this.detail;
	}

}
