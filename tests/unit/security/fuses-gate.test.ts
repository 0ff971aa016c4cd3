import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { tempDir } from '../helpers/temp-dir'

const GATE = path.resolve('tests/security/fuses-gate.mjs')
const real = () => parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown> & { electronFuses: Record<string, unknown> }

/** Runs the gate on `config` written as YAML; its exit code and what it printed. */
function gate(config: unknown): { code: number | null; output: string } {
  const file = path.join(tempDir(), 'electron-builder.yml')
  writeFileSync(file, stringify(config))
  const run = spawnSync(process.execPath, [GATE, file], { encoding: 'utf8' })
  return { code: run.status, output: run.stdout + run.stderr }
}

describe('the Electron fuses gate', () => {
  it('passes the project’s electron-builder.yml', () => {
    const run = spawnSync(process.execPath, [GATE], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it.each([
    ['runAsNode', true],
    ['enableNodeOptionsEnvironmentVariable', true],
    ['enableNodeCliInspectArguments', true],
    ['enableEmbeddedAsarIntegrityValidation', false],
    ['onlyLoadAppFromAsar', false],
  ])('fails, naming %s, when it is missing or set to %s', (fuse, wrong) => {
    const { [fuse]: _dropped, ...without } = real().electronFuses
    const missing = gate({ ...real(), electronFuses: without })
    expect(missing.code).toBe(1)
    expect(missing.output).toContain(`electronFuses.${fuse} is missing`)
    const flipped = gate({ ...real(), electronFuses: { ...real().electronFuses, [fuse]: wrong } })
    expect(flipped.code).toBe(1)
    expect(flipped.output).toContain(`electronFuses.${fuse} is ${wrong}`)
  })

  it('fails without electronFuses, with a misspelt fuse, and when the app is not packed in app.asar', () => {
    const { electronFuses: _none, ...bare } = real()
    expect(gate(bare).output).toContain('electronFuses is missing')
    expect(gate({ ...real(), electronFuses: { ...real().electronFuses, runAsnode: false } }).output).toContain('electronFuses.runAsnode is not a fuse')
    expect(gate({ ...real(), asar: false })).toMatchObject({ code: 1, output: expect.stringContaining('asar is false') })
  })
})
