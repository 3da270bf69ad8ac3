package dev.readout.channel;

public enum ChannelStatus {

	OPEN,
	/** Contacts paused by one side, for instance in protest. */
	SUSPENDED,
	/** One side turned down a request to open or resume the channel. */
	DECLINED

}
