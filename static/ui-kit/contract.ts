/** The typed resolver client for a Custom UI, over @forge/bridge's `invoke`. */
import { invoke } from '@forge/bridge';
import { createContractClient, type ContractClient } from '@async-cab/shared/client';

export const contract: ContractClient = createContractClient((key, payload) => invoke(key, payload));
