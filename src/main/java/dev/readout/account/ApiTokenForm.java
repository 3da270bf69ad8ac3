package dev.readout.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new API token: a name that says which script or machine holds it. */
record ApiTokenForm(@NotBlank @Size(max = 100) String name) {

	static ApiTokenForm blank() {
		return new ApiTokenForm("");
	}

}
