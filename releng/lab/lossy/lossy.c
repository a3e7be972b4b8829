/*
 * lossy: a lossy, slow link for RDP Doctor's lab, for kernels without netem. Takes packets from an NFQUEUE,
 * drops LOSS percent of the data-carrying ones (never a SYN: connections still open, as on a congested path) and
 * releases the others after a random MIN..MAX ms delay each, independently (a delay holds up no other packet).
 * Usage: lossy QUEUE LOSS_PERCENT MIN_MS MAX_MS  (runs until killed; the lab starts and stops it)
 */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <time.h>
#include <poll.h>
#include <sys/socket.h>
#include <arpa/inet.h>
#include <linux/netfilter.h>
#include <libnetfilter_queue/libnetfilter_queue.h>

#define PENDING 4096

static int loss, min_ms, max_ms;
static struct { uint32_t id; long long due; } pending[PENDING];
static int count;

static long long now_ms(void) {
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long long) t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static int on_packet(struct nfq_q_handle *q, struct nfgenmsg *msg, struct nfq_data *data, void *unused) {
	(void) msg;
	(void) unused;
	struct nfqnl_msg_packet_hdr *header = nfq_get_msg_packet_hdr(data);
	uint32_t id = header ? ntohl(header->packet_id) : 0;
	unsigned char *packet;
	int length = nfq_get_payload(data, &packet);
	int syn = 0;
	if (length >= 20 && (packet[0] >> 4) == 4 && packet[9] == 6) { /* IPv4 TCP: look at the flags */
		int ihl = (packet[0] & 0x0F) * 4;
		syn = length > ihl + 13 && (packet[ihl + 13] & 0x02);
	}
	if ((!syn && rand() % 100 < loss) || count == PENDING) {
		return nfq_set_verdict(q, id, NF_DROP, 0, NULL);
	}
	int ms = min_ms + (max_ms > min_ms ? rand() % (max_ms - min_ms + 1) : 0);
	pending[count].id = id;
	pending[count].due = now_ms() + ms;
	count++;
	return 0;
}

/* Accepts every packet whose delay is over; returns ms until the next one is due (-1: none waiting). */
static int release(struct nfq_q_handle *q) {
	long long now = now_ms(), next = -1;
	for (int i = 0; i < count;) { /* each pass releases one packet or moves to the next */
		if (pending[i].due <= now) {
			nfq_set_verdict(q, pending[i].id, NF_ACCEPT, 0, NULL);
			pending[i] = pending[--count];
		} else {
			if (next < 0 || pending[i].due < next) {
				next = pending[i].due;
			}
			i++;
		}
	}
	return next < 0 ? -1 : (int) (next - now);
}

int main(int argc, char **argv) {
	if (argc != 5) {
		fprintf(stderr, "usage: %s QUEUE LOSS_PERCENT MIN_MS MAX_MS\n", argv[0]);
		return 2;
	}
	loss = atoi(argv[2]);
	min_ms = atoi(argv[3]);
	max_ms = atoi(argv[4]);
	srand((unsigned) time(NULL));
	struct nfq_handle *handle = nfq_open();
	if (!handle) {
		perror("nfq_open");
		return 1;
	}
	struct nfq_q_handle *q = nfq_create_queue(handle, (uint16_t) atoi(argv[1]), &on_packet, NULL);
	if (!q || nfq_set_mode(q, NFQNL_COPY_PACKET, 0xffff) < 0) {
		perror("nfq_create_queue");
		return 1;
	}
	char buffer[65536] __attribute__((aligned));
	struct pollfd fd = { nfq_fd(handle), POLLIN, 0 };
	for (;;) { /* ends when the lab kills the process */
		int wait = release(q);
		if (poll(&fd, 1, wait) > 0) {
			int n = recv(fd.fd, buffer, sizeof buffer, 0);
			if (n >= 0) {
				nfq_handle_packet(handle, buffer, n);
			}
		}
	}
}
