// The `autoscreen` executable: the built CLI's entry.
import { start } from './main.js'

start()
