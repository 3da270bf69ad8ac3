package dev.readout.export;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The whole record as FollowTheMoney entities, for Aleph, OpenSanctions and their tools.
 */
@Controller
class FollowTheMoneyController {

	private final FollowTheMoney followTheMoney;

	FollowTheMoneyController(FollowTheMoney followTheMoney) {
		this.followTheMoney = followTheMoney;
	}

	@GetMapping("/exports/followthemoney.jsonl")
	void entities(HttpServletResponse response) throws IOException {
		response.setContentType("application/x-ndjson;charset=UTF-8");
		this.followTheMoney.write(response.getOutputStream());
	}

}
