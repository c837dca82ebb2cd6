import { createHmac } from 'node:crypto';

/** One reminder as a group robot posts it. */
export interface RobotPost {
  title: string;
  /** Markdown lines: what is due, where, by when. */
  markdown: string;
}

/** A group robot (群机器人) the reminders are posted to; `post` throws when the robot refuses or cannot be reached. */
export interface RobotChannel {
  /** Also its recipient in the delivery table, so each robot gets each reminder once: `robot:wecom`. */
  readonly name: `robot:${string}`;
  post(message: RobotPost): Promise<void>;
}

const TIMEOUT_MS = 5000;

/** 企业微信群机器人: POST {"msgtype":"markdown"} to the webhook URL (key in its query). */
export function weComRobot(url: string): RobotChannel {
  return {
    name: 'robot:wecom',
    post: (message) => postJson(url, { msgtype: 'markdown', markdown: { content: `**${message.title}**\n${message.markdown}` } }),
  };
}

/**
 * 钉钉自定义机器人: POST {"msgtype":"markdown"}; with a secret (加签), `timestamp` and
 * `sign` = base64(HMAC-SHA256(secret, "<timestamp>\n<secret>")) go in the query.
 */
export function dingTalkRobot(url: string, secret: string | null, now: () => number = Date.now): RobotChannel {
  return {
    name: 'robot:dingtalk',
    post: (message) => {
      const target = new URL(url);
      if (secret) {
        const timestamp = String(now());
        target.searchParams.set('timestamp', timestamp);
        target.searchParams.set('sign', dingTalkSign(timestamp, secret));
      }
      return postJson(target.toString(), { msgtype: 'markdown', markdown: { title: message.title, text: `#### ${message.title}\n${message.markdown}` } });
    },
  };
}

export function dingTalkSign(timestamp: string, secret: string): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
}

// Both robots answer HTTP 200 with {"errcode":0} on success and a non-zero errcode otherwise.
async function postJson(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`robot webhook answered HTTP ${response.status}: ${text.slice(0, 200)}`);
  let answer: { errcode?: number; errmsg?: string };
  try {
    answer = JSON.parse(text);
  } catch {
    throw new Error(`robot webhook answered something other than JSON: ${text.slice(0, 200)}`);
  }
  if (answer.errcode !== undefined && answer.errcode !== 0) throw new Error(`robot webhook refused the post: ${answer.errcode} ${answer.errmsg ?? ''}`.trim());
}
