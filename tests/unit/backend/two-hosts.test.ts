import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { existsSync, readFileSync, unlinkSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { LOCK_FILE } from '../../../electron/backend/data-lock'
import { STORE_FILE } from '../../../electron/backend/durable-store'
import { buildNodeScript } from '../helpers/build-script'
import { tempDir } from '../helpers/temp-dir'

let hostScript: string
beforeAll(async () => {
  hostScript = await buildNodeScript('tests/unit/helpers/host-process.ts', 'host-process')
})

interface Answer {
  readonly name: string
  readonly ok: boolean
  readonly code?: string
  readonly message?: string
}

/** A host process on `dir`, driven line by line (see helpers/host-process.ts). */
function startHost(dir: string, name: string, mode: 'now' | 'wait' = 'now') {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [hostScript, dir, name, mode])
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const lines: string[] = []
  const waiting: Array<() => void> = []
  let partial = ''
  child.stdout.on('data', (d: Buffer) => {
    const parts = (partial + d.toString()).split('\n')
    partial = parts.pop() ?? ''
    lines.push(...parts)
    waiting.splice(0).forEach((wake) => wake())
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const nextLine = async (): Promise<string | null> => {
    while (lines.length === 0) {
      const woke = new Promise<'line'>((resolve) => waiting.push(() => resolve('line')))
      if ((await Promise.race([woke, exited.then(() => 'exit' as const)])) === 'exit' && lines.length === 0) return null
    }
    return lines.shift() as string
  }
  return {
    pid: child.pid as number,
    exited,
    stderr: () => stderr,
    /** Resolves true once the host is open, false if it exited (refused) first. */
    opened: async () => (await nextLine()) === 'open',
    /** For a host started with `wait`: open now. */
    go: () => child.stdin.write('open\n'),
    async create(prefix: string, count: number): Promise<Answer[]> {
      child.stdin.write(`create ${prefix} ${count}\n`)
      const answers: Answer[] = []
      for (let line = await nextLine(); line !== 'done'; line = await nextLine()) {
        if (line === null) throw new Error(`host ${name} exited: ${stderr}`)
        answers.push(JSON.parse(line) as Answer)
      }
      return answers
    },
    async close(): Promise<void> {
      child.stdin.end('close\n')
      expect(await exited).toBe(0)
    },
  }
}

const contactsOnDisk = (dir: string): Set<string> =>
  new Set((JSON.parse(readFileSync(path.join(dir, STORE_FILE), 'utf8')) as { contacts: { name: string }[] }).contacts.map((c) => c.name))

const acknowledged = (answers: Answer[]): string[] => answers.filter((a) => a.ok).map((a) => a.name)

describe('two hosts on one data folder after its lock was deleted', () => {
  it('the host that lost its lock refuses its writes in plain words, and no acknowledged write is lost', async () => {
    const dir = tempDir()
    const a = startHost(dir, 'host-a')
    expect(await a.opened()).toBe(true)
    const first = await a.create('A1', 20)
    expect(acknowledged(first)).toHaveLength(20)

    unlinkSync(path.join(dir, LOCK_FILE))
    const b = startHost(dir, 'host-b')
    expect(await b.opened()).toBe(true)
    const [fromA, fromB] = await Promise.all([a.create('A2', 50), b.create('B', 50)])
    await a.close()
    await b.close()

    const onDisk = contactsOnDisk(dir)
    for (const name of acknowledged([...first, ...fromA, ...fromB])) expect(onDisk).toContain(name)
    expect(acknowledged(fromB)).toHaveLength(50)
    expect(fromA.every((r) => !r.ok && r.code === 'CONFLICT')).toBe(true)
    expect(fromA[0]?.message).toBe(
      `This change was not saved: another Kith (process ${b.pid}, host-b) has opened your data folder since this one started, ` +
        'and saving here would overwrite its work. Keep using that one, or close it and then restart this Kith.',
    )
    // Host A left host B's lock alone when it closed; host B removed its own.
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false)
  })

  it('a host takes its lock again when only the lock file was deleted, so a second host is refused at start', async () => {
    const dir = tempDir()
    const a = startHost(dir, 'host-a')
    expect(await a.opened()).toBe(true)
    unlinkSync(path.join(dir, LOCK_FILE))
    expect(acknowledged(await a.create('A', 5))).toHaveLength(5)
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: a.pid, host: 'host-a' })

    const b = startHost(dir, 'host-b')
    expect(await b.opened()).toBe(false)
    expect(await b.exited).toBe(3)
    expect(b.stderr()).toContain(`Kith is already open with this data folder (process ${a.pid}, host-a)`)
    await a.close()
  })

  it('with both hosts writing flat out while the lock is deleted, every acknowledged contact is in kith.json', async () => {
    for (let run = 0; run < 4; run++) {
      const dir = tempDir()
      const a = startHost(dir, 'host-a')
      // Host B is started up to the point of opening, so the deletion and its start are close together.
      const b = startHost(dir, 'host-b', 'wait')
      expect(await a.opened()).toBe(true)
      const answers: Answer[] = []
      const hostA = (async () => {
        for (let round = 0; round < 12; round++) answers.push(...(await a.create(`A${round}`, 10)))
      })()
      while (answers.length < 10 * (run + 1)) await new Promise((resolve) => setTimeout(resolve, 1))
      unlinkSync(path.join(dir, LOCK_FILE))
      b.go()
      const bOpened = await b.opened()
      if (bOpened) for (let round = 0; round < 12; round++) answers.push(...(await b.create(`B${round}`, 10)))
      await hostA
      await a.close()
      if (bOpened) await b.close()

      const onDisk = contactsOnDisk(dir)
      for (const name of acknowledged(answers)) expect(onDisk).toContain(name)
      for (const r of answers.filter((answer) => !answer.ok)) expect(r.message).toMatch(/^This change was not saved: /)
      // Whichever came first: host A took its lock again (host B refused at start) or host B started (host A refused).
      if (!bOpened) expect(b.stderr()).toContain('Kith is already open with this data folder')
    }
  })
})
