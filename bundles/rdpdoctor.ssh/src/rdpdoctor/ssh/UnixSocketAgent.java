package rdpdoctor.ssh;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;

import org.apache.sshd.agent.SshAgent;
import org.apache.sshd.agent.SshAgentFactory;
import org.apache.sshd.agent.SshAgentServer;
import org.apache.sshd.agent.common.AbstractAgentProxy;
import org.apache.sshd.common.FactoryManager;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.session.ConnectionService;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * The user's running SSH agent (OpenSSH's ssh-agent, gpg-agent, KeePassXC...) as SSHD's agent, over the UNIX socket
 * {@code SSH_AUTH_SOCK} names, with the JDK's own UNIX-domain sockets: the agent signs, the keys never leave it. Each
 * request waits at most {@value #DEADLINE_MS} ms.
 */
final class UnixSocketAgent extends AbstractAgentProxy {

	static final long DEADLINE_MS = 10_000;
	private static final int MAX_MESSAGE = 256 * 1024;

	private final SocketChannel channel;

	private UnixSocketAgent(Path socket) throws IOException {
		super(null);
		channel = SocketChannel.open(StandardProtocolFamily.UNIX);
		try {
			channel.connect(UnixDomainSocketAddress.of(socket));
			channel.configureBlocking(false);
		} catch (IOException e) {
			channel.close();
			throw new IOException("the SSH agent at " + socket + " does not answer (" + e.getMessage() + ")", e);
		}
	}

	/** @return a factory of agents on {@code socket}, one per SSH session */
	static SshAgentFactory factory(Path socket) {
		return new SshAgentFactory() {
			@Override
			public List<ChannelFactory> getChannelForwardingFactories(FactoryManager manager) {
				return List.of(); // no agent forwarding: nothing of the agent reaches the host
			}

			@Override
			public SshAgent createClient(Session session, FactoryManager manager) throws IOException {
				return new UnixSocketAgent(socket);
			}

			@Override
			public SshAgentServer createServer(ConnectionService service) {
				throw new UnsupportedOperationException("agent forwarding is not offered");
			}
		};
	}

	@Override
	protected synchronized Buffer request(Buffer buffer) throws IOException {
		long deadline = System.nanoTime() + DEADLINE_MS * 1_000_000;
		try (Selector selector = Selector.open()) {
			channel.register(selector, SelectionKey.OP_WRITE);
			ByteBuffer out = ByteBuffer.wrap(buffer.array(), buffer.rpos(), buffer.available());
			while (out.hasRemaining()) {
				await(selector, deadline);
				channel.write(out);
			}
			channel.keyFor(selector).interestOps(SelectionKey.OP_READ);
			ByteBuffer length = read(selector, ByteBuffer.allocate(4), deadline);
			int size = length.getInt(0);
			if (size < 1 || size > MAX_MESSAGE) {
				throw new IOException("the SSH agent answered a message of " + size + " bytes");
			}
			return new ByteArrayBuffer(read(selector, ByteBuffer.allocate(size), deadline).array());
		}
	}

	private ByteBuffer read(Selector selector, ByteBuffer into, long deadline) throws IOException {
		while (into.hasRemaining()) {
			await(selector, deadline);
			if (channel.read(into) < 0) {
				throw new IOException("the SSH agent closed the connection");
			}
		}
		return into;
	}

	private static void await(Selector selector, long deadline) throws IOException {
		long left = (deadline - System.nanoTime()) / 1_000_000;
		if (left <= 0 || selector.select(left) == 0 && System.nanoTime() >= deadline) {
			throw new IOException("the SSH agent did not answer within " + DEADLINE_MS + " ms");
		}
		selector.selectedKeys().clear();
	}

	@Override
	public boolean isOpen() {
		return channel.isOpen();
	}

	@Override
	public void close() throws IOException {
		channel.close();
		super.close();
	}
}
